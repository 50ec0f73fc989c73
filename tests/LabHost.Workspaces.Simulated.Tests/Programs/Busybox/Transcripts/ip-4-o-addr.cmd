ip -f inet -4 -o addr
