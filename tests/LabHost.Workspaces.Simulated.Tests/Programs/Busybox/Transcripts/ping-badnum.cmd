ping -c abc 1.2.3.4
