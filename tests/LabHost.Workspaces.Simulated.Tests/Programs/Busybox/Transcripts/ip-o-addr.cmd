ip -o addr
