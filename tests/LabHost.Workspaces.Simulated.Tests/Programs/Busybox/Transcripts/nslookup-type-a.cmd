nslookup -type=a peer
