resource "aws_redshift_cluster" "analytics" {
  cluster_identifier     = "analytics"
  database_name          = "analytics"
  master_username        = "admin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "multi-node"
  number_of_nodes        = 2
  # ruleid: tf-aws-redshift-not-encrypted
  encrypted              = true
}

resource "aws_redshift_cluster" "sandbox" {
  cluster_identifier     = "sandbox"
  node_type              = "dc2.large"
  cluster_type           = "single-node"
  manage_master_password = true
  master_username        = "admin"
  # ruleid: tf-aws-redshift-not-encrypted
  encrypted              = true
}

resource "aws_redshift_cluster" "finance" {
  cluster_identifier     = "finance"
  node_type              = "ra3.xlplus"
  manage_master_password = true
  master_username        = "admin"
  # ok: tf-aws-redshift-not-encrypted
  encrypted              = true
  kms_key_id             = aws_kms_key.redshift.arn
}

resource "aws_redshift_cluster" "configurable" {
  cluster_identifier     = var.cluster_identifier
  node_type              = var.node_type
  manage_master_password = true
  master_username        = "admin"
  # ok: tf-aws-redshift-not-encrypted
  encrypted              = var.encrypted
}
