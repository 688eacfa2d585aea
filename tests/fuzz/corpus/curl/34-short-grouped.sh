curl -sSfL -XDELETE -H'Authorization: Token abc' https://api.example.com/v1/things/42
