ifconfig eth1
