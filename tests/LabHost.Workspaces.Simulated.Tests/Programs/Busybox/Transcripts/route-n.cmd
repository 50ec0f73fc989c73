route -n
