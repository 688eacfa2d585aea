curl --digest -u user:passwd "https://httpbin.org/digest-auth/auth/user/passwd"
