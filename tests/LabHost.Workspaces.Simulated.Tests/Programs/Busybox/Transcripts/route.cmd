route
