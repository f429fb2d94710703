resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  # ruleid: tf-aws-rds-backup-disabled
  backup_retention_period     = 0
}

resource "aws_db_instance" "legacy" {
  identifier              = "legacy"
  engine                  = "mysql"
  instance_class          = "db.t3.small"
  allocated_storage       = 20
  username                = "admin"
  password                = var.db_password
  # ruleid: tf-aws-rds-backup-disabled
  backup_retention_period = "0"
  skip_final_snapshot     = true
}

resource "aws_db_instance" "customers" {
  identifier                  = "customers"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "app"
  manage_master_user_password = true
  # ok: tf-aws-rds-backup-disabled
  backup_retention_period     = 14
}

resource "aws_db_instance" "orders_replica" {
  identifier              = "orders-replica"
  replicate_source_db     = aws_db_instance.orders.identifier
  instance_class          = "db.t4g.medium"
  # ok: tf-aws-rds-backup-disabled
  backup_retention_period = 0
}

resource "aws_db_instance" "configurable" {
  identifier              = var.identifier
  engine                  = "postgres"
  instance_class          = var.instance_class
  # ok: tf-aws-rds-backup-disabled
  backup_retention_period = var.backup_retention_days
}
