curl --proxy http://127.0.0.1:3128 --connect-timeout 5 --max-time 30 -o out.json https://api.example.com/data
