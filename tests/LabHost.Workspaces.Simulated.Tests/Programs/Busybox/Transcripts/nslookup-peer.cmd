nslookup peer
