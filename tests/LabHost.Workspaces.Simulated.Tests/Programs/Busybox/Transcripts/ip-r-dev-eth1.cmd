ip r show dev eth1
