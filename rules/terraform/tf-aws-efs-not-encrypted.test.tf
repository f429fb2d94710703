resource "aws_efs_file_system" "uploads" {
  creation_token = "uploads"
  # ruleid: tf-aws-efs-not-encrypted
  encrypted      = false
}

# ruleid: tf-aws-efs-not-encrypted
resource "aws_efs_file_system" "shared" {
  creation_token   = "shared"
  performance_mode = "generalPurpose"
  throughput_mode  = "elastic"

  lifecycle_policy {
    transition_to_ia = "AFTER_30_DAYS"
  }
}

resource "aws_efs_file_system" "home" {
  creation_token = "home"
  # ok: tf-aws-efs-not-encrypted
  encrypted      = true
  kms_key_id     = aws_kms_key.efs.arn
}

resource "aws_efs_file_system" "configurable" {
  creation_token = var.name
  # ok: tf-aws-efs-not-encrypted
  encrypted      = var.encrypted
}
