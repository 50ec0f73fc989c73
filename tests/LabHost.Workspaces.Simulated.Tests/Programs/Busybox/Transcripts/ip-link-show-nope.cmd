ip link show nope
