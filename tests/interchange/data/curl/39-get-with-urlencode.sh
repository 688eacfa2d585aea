curl -G "https://api.example.com/search" --data-urlencode "q=hello world" --data-urlencode "lang=en&fr" -H "Accept: application/json"
