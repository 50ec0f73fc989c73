ip addr show dev eth1
