curl --url-query "page=2" --url-query "q=a b&c" --url-query "+sort=name,desc" \
  --json '{"x":1}' "https://api.example.com/items"
