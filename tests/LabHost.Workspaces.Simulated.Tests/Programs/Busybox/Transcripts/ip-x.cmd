ip -x addr
