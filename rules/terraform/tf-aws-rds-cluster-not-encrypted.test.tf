resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  # ruleid: tf-aws-rds-cluster-not-encrypted
  storage_encrypted           = false
}

# ruleid: tf-aws-rds-cluster-not-encrypted
resource "aws_rds_cluster" "catalog" {
  cluster_identifier          = "catalog"
  engine                      = "aurora-mysql"
  master_username             = "app"
  manage_master_user_password = true
}

# ok: tf-aws-rds-cluster-not-encrypted
resource "aws_rds_cluster" "billing" {
  cluster_identifier          = "billing"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.rds.arn
}

# ok: tf-aws-rds-cluster-not-encrypted
resource "aws_rds_cluster" "serverless" {
  cluster_identifier          = "serverless"
  engine                      = "aurora-mysql"
  engine_mode                 = "serverless"
  master_username             = "app"
  manage_master_user_password = true
}

# ok: tf-aws-rds-cluster-not-encrypted
resource "aws_rds_cluster" "restored" {
  cluster_identifier  = "restored"
  engine              = "aurora-postgresql"
  snapshot_identifier = var.snapshot_arn
}

# ok: tf-aws-rds-cluster-not-encrypted
resource "aws_rds_cluster" "configurable" {
  cluster_identifier = "configurable"
  engine             = "aurora-postgresql"
  storage_encrypted  = var.encrypted
}
