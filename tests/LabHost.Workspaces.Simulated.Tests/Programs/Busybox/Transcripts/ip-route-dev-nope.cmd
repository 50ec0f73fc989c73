ip route show dev nope
