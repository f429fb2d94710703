resource "aws_s3_bucket_policy" "website" {
  bucket = aws_s3_bucket.website.id
  # ruleid: tf-aws-s3-bucket-policy-public
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "PublicRead"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.website.arn}/*"
      },
    ]
  })
}

resource "aws_s3_bucket_policy" "dropbox" {
  bucket = aws_s3_bucket.dropbox.id
  # ruleid: tf-aws-s3-bucket-policy-public
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyInsecureTransport",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": ["arn:aws:s3:::dropbox", "arn:aws:s3:::dropbox/*"],
      "Condition": { "Bool": { "aws:SecureTransport": "false" } }
    },
    {
      "Principal": { "AWS": ["*"] },
      "Action": ["s3:PutObject", "s3:ListBucket"],
      "Resource": ["arn:aws:s3:::dropbox", "arn:aws:s3:::dropbox/*"],
      "Effect": "Allow"
    }
  ]
}
POLICY
}

resource "aws_s3_bucket_policy" "any_account" {
  bucket = aws_s3_bucket.shared.id
  # ruleid: tf-aws-s3-bucket-policy-public
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["s3:GetObject", "s3:ListBucket"]
      Resource  = [aws_s3_bucket.shared.arn, "${aws_s3_bucket.shared.arn}/*"]
    }]
  })
}

resource "aws_s3_bucket_policy" "from_vpce" {
  bucket = aws_s3_bucket.internal.id
  # ok: tf-aws-s3-bucket-policy-public
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["s3:GetObject"]
      Resource  = "${aws_s3_bucket.internal.arn}/*"
      Condition = {
        StringEquals = { "aws:SourceVpce" = var.vpce_id }
      }
    }]
  })
}

resource "aws_s3_bucket_policy" "tls_only" {
  bucket = aws_s3_bucket.data.id
  # ok: tf-aws-s3-bucket-policy-public
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_s3_bucket_policy" "cloudfront" {
  bucket = aws_s3_bucket.assets.id
  # ok: tf-aws-s3-bucket-policy-public
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "cloudfront.amazonaws.com" }
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.assets.arn}/*"
    }]
  })
}

resource "aws_s3_bucket_policy" "partner" {
  bucket = aws_s3_bucket.exchange.id
  # ok: tf-aws-s3-bucket-policy-public
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = ["arn:aws:iam::111122223333:root", aws_iam_role.importer.arn] }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::exchange/*"
    }]
  })
}

resource "aws_s3_bucket_policy" "from_document" {
  bucket = aws_s3_bucket.logs.id
  # ok: tf-aws-s3-bucket-policy-public
  policy = data.aws_iam_policy_document.logs.json
}
