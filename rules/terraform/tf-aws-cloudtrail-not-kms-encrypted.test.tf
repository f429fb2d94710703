# ruleid: tf-aws-cloudtrail-not-kms-encrypted
resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = aws_s3_bucket.trail.id
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
}

# ruleid: tf-aws-cloudtrail-not-kms-encrypted
resource "aws_cloudtrail" "data_events" {
  name           = "data-events"
  s3_bucket_name = aws_s3_bucket.trail.id

  event_selector {
    read_write_type           = "All"
    include_management_events = false

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

# ok: tf-aws-cloudtrail-not-kms-encrypted
resource "aws_cloudtrail" "org" {
  name                       = "org"
  s3_bucket_name             = aws_s3_bucket.trail.id
  is_multi_region_trail      = true
  is_organization_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.cloudtrail.arn
}

# ok: tf-aws-cloudtrail-not-kms-encrypted
resource "aws_cloudtrail" "configurable" {
  name           = var.trail_name
  s3_bucket_name = var.bucket_name
  kms_key_id     = var.kms_key_arn
}
