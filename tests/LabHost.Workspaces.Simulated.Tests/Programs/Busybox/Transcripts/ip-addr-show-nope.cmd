ip addr show dev nope
