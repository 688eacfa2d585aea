curl -X GET "https://httpbin.org/basic-auth/user/passwd" -H "accept: application/json" --user user:passwd
