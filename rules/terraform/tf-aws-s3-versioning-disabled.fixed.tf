resource "aws_s3_bucket_versioning" "invoices" {
  bucket = aws_s3_bucket.invoices.id
  versioning_configuration {
    # ruleid: tf-aws-s3-versioning-disabled
    status = "Enabled"
  }
}

resource "aws_s3_bucket_versioning" "exports" {
  bucket = aws_s3_bucket.exports.id
  versioning_configuration {
    # ruleid: tf-aws-s3-versioning-disabled
    status = "Enabled"
  }
}

# ruleid: tf-aws-s3-versioning-disabled
resource "aws_s3_bucket" "legacy" {
  bucket = "legacy-artifacts"
  versioning {
    enabled = true
  }
}

resource "aws_s3_bucket_versioning" "backups" {
  bucket = aws_s3_bucket.backups.id
  versioning_configuration {
    # ok: tf-aws-s3-versioning-disabled
    status = "Enabled"
  }
}

resource "aws_s3_bucket_versioning" "configurable" {
  bucket = aws_s3_bucket.configurable.id
  versioning_configuration {
    # ok: tf-aws-s3-versioning-disabled
    status = var.versioning_status
  }
}

# ok: tf-aws-s3-versioning-disabled
resource "aws_s3_bucket" "legacy_versioned" {
  bucket = "legacy-versioned"
  versioning {
    enabled = true
  }
}
