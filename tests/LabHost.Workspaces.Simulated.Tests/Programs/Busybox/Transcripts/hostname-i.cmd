hostname -i
