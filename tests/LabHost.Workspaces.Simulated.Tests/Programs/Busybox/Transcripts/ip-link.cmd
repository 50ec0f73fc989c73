ip link
