ip -6 addr
