resource "aws_db_instance" "orders" {
  identifier           = "orders"
  engine               = "postgres"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  storage_encrypted    = true
  db_subnet_group_name = aws_db_subnet_group.public.name
  # ruleid: tf-aws-db-publicly-accessible
  publicly_accessible  = false
}

resource "aws_rds_cluster_instance" "reporting" {
  identifier         = "reporting-1"
  cluster_identifier = aws_rds_cluster.reporting.id
  instance_class     = "db.r6g.large"
  engine             = aws_rds_cluster.reporting.engine
  # ruleid: tf-aws-db-publicly-accessible
  publicly_accessible = false
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  # ruleid: tf-aws-db-publicly-accessible
  publicly_accessible = false
}

resource "aws_db_instance" "billing" {
  identifier           = "billing"
  engine               = "mysql"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  db_subnet_group_name = aws_db_subnet_group.private.name
  # ok: tf-aws-db-publicly-accessible
  publicly_accessible  = false
}

resource "aws_db_instance" "analytics" {
  identifier          = "analytics"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  # ok: tf-aws-db-publicly-accessible
  publicly_accessible = var.analytics_public
}

# ok: tf-aws-db-publicly-accessible
resource "aws_db_instance" "default_private" {
  identifier        = "default-private"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}
