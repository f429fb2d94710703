resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  # ruleid: tf-aws-rds-not-encrypted
  storage_encrypted = true
}

# ruleid: tf-aws-rds-not-encrypted
resource "aws_db_instance" "legacy" {
  identifier        = "legacy"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

# ok: tf-aws-rds-not-encrypted
resource "aws_db_instance" "billing" {
  identifier        = "billing"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = true
  kms_key_id        = aws_kms_key.rds.arn
}

# ok: tf-aws-rds-not-encrypted
resource "aws_db_instance" "configurable" {
  identifier        = "configurable"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = var.encrypt_storage
}

# ok: tf-aws-rds-not-encrypted
resource "aws_db_instance" "replica" {
  identifier          = "billing-replica"
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.billing.identifier
}
