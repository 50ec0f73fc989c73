nslookup nosuch
