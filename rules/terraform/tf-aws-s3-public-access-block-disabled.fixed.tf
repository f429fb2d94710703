# ruleid: tf-aws-s3-public-access-block-disabled
resource "aws_s3_bucket_public_access_block" "assets" {
  bucket                  = aws_s3_bucket.assets.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# ruleid: tf-aws-s3-public-access-block-disabled
resource "aws_s3_bucket_public_access_block" "website" {
  bucket                  = aws_s3_bucket.website.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# ruleid: tf-aws-s3-public-access-block-disabled
resource "aws_s3_bucket_public_access_block" "partial" {
  bucket            = aws_s3_bucket.partial.id
  block_public_acls = true
}

# ruleid: tf-aws-s3-public-access-block-disabled
resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# ok: tf-aws-s3-public-access-block-disabled
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# ok: tf-aws-s3-public-access-block-disabled
resource "aws_s3_bucket_public_access_block" "configurable" {
  bucket                  = aws_s3_bucket.configurable.id
  block_public_acls       = var.block_public
  block_public_policy     = var.block_public
  ignore_public_acls      = var.block_public
  restrict_public_buckets = var.block_public
}
