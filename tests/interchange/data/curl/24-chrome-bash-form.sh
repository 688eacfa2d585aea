curl 'https://www.example.com/login' \
  -H 'content-type: application/x-www-form-urlencoded' \
  -b 'csrftoken=xyz' \
  --data-raw 'username=alice&password=s%40cret&remember=on'
