ip route get 1.1.1.1
