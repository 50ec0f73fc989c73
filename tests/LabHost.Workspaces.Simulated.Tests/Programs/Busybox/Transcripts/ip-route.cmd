ip route
