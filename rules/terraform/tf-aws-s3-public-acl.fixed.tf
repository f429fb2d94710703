resource "aws_s3_bucket" "site" {
  bucket = "my-site"
  # ruleid: tf-aws-s3-public-acl
  acl    = "private"
}

resource "aws_s3_bucket" "uploads" {
  bucket = "my-uploads"
  # ruleid: tf-aws-s3-public-acl
  acl    = "private"
}

resource "aws_s3_bucket" "logs" {
  bucket = "my-logs"
  # ok: tf-aws-s3-public-acl
  acl    = "private"
}

resource "aws_s3_bucket" "dynamic" {
  bucket = "my-dyn"
  # ok: tf-aws-s3-public-acl
  acl    = var.bucket_acl
}
