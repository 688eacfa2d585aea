curl https://api.example.com/v2/me -H "X-Empty;" -H "Accept:" -b "sid=1" --http2
