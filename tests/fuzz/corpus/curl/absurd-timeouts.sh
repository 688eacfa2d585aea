curl -m 1e300 --connect-timeout nan http://x/
