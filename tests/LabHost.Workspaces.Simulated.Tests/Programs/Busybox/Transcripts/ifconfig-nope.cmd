ifconfig nope
