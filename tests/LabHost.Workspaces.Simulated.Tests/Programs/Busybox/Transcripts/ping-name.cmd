ping -c 1 peer
