ip rule
