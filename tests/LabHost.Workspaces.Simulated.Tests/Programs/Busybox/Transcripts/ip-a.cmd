ip a
