curl --frobnicate --aws-sigv4 "aws:amz:us-east-1:s3" https://s3.amazonaws.com/bucket/key
