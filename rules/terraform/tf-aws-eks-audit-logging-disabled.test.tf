# ruleid: tf-aws-eks-audit-logging-disabled
resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}

resource "aws_eks_cluster" "staging" {
  name     = "staging"
  role_arn = aws_iam_role.eks.arn
  # ruleid: tf-aws-eks-audit-logging-disabled
  enabled_cluster_log_types = ["api", "authenticator"]

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}

# ruleid: tf-aws-eks-audit-logging-disabled
resource "aws_eks_cluster" "dev" {
  name                      = "dev"
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = []

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}

resource "aws_eks_cluster" "prod" {
  name     = "prod"
  role_arn = aws_iam_role.eks.arn
  # ok: tf-aws-eks-audit-logging-disabled
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}

resource "aws_eks_cluster" "configurable" {
  name     = var.cluster_name
  role_arn = aws_iam_role.eks.arn
  # ok: tf-aws-eks-audit-logging-disabled
  enabled_cluster_log_types = var.cluster_log_types

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}

resource "aws_eks_cluster" "mixed" {
  name     = "mixed"
  role_arn = aws_iam_role.eks.arn
  # ok: tf-aws-eks-audit-logging-disabled
  enabled_cluster_log_types = concat(["api"], var.extra_log_types)

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}
