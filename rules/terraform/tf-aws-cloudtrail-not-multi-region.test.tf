resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = aws_s3_bucket.trail.id
  include_global_service_events = true
  enable_log_file_validation    = true
  # ruleid: tf-aws-cloudtrail-not-multi-region
  is_multi_region_trail         = false
}

# ruleid: tf-aws-cloudtrail-not-multi-region
resource "aws_cloudtrail" "default_settings" {
  name           = "default-settings"
  s3_bucket_name = aws_s3_bucket.trail.id
}

resource "aws_cloudtrail" "org" {
  name                          = "org"
  s3_bucket_name                = aws_s3_bucket.trail.id
  include_global_service_events = true
  enable_log_file_validation    = true
  # ok: tf-aws-cloudtrail-not-multi-region
  is_multi_region_trail         = true
}

resource "aws_cloudtrail" "configurable" {
  name                  = "configurable"
  s3_bucket_name        = aws_s3_bucket.trail.id
  # ok: tf-aws-cloudtrail-not-multi-region
  is_multi_region_trail = var.multi_region
}
