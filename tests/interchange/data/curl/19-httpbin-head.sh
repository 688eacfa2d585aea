curl -I https://httpbin.org/get
