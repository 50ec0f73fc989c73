ip -f bogus addr
