ping -c 1 nosuchname
