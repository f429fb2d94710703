resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = aws_s3_bucket.trail.id
  include_global_service_events = true
  is_multi_region_trail         = true
  # ruleid: tf-aws-cloudtrail-log-validation-disabled
  enable_log_file_validation    = false
}

# ruleid: tf-aws-cloudtrail-log-validation-disabled
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

resource "aws_cloudtrail" "org" {
  name                          = "org"
  s3_bucket_name                = aws_s3_bucket.trail.id
  is_multi_region_trail         = true
  is_organization_trail         = true
  kms_key_id                    = aws_kms_key.trail.arn
  # ok: tf-aws-cloudtrail-log-validation-disabled
  enable_log_file_validation    = true
}

resource "aws_cloudtrail" "configurable" {
  name                       = "configurable"
  s3_bucket_name             = aws_s3_bucket.trail.id
  # ok: tf-aws-cloudtrail-log-validation-disabled
  enable_log_file_validation = var.validate_logs
}
