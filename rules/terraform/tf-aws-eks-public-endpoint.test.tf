resource "aws_eks_cluster" "prod" {
  name     = "prod"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids              = var.private_subnet_ids
    endpoint_private_access = true
    # ruleid: tf-aws-eks-public-endpoint
    endpoint_public_access  = true
  }
}

# ruleid: tf-aws-eks-public-endpoint
resource "aws_eks_cluster" "defaults" {
  name     = "defaults"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.subnet_ids
  }
}

resource "aws_eks_cluster" "world_cidr" {
  name     = "world-cidr"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids             = var.subnet_ids
    # ruleid: tf-aws-eks-public-endpoint
    endpoint_public_access = true
    public_access_cidrs    = ["0.0.0.0/0"]
  }
}

resource "aws_eks_cluster" "private" {
  name     = "private"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids              = var.private_subnet_ids
    endpoint_private_access = true
    # ok: tf-aws-eks-public-endpoint
    endpoint_public_access  = false
  }
}

resource "aws_eks_cluster" "office_only" {
  name     = "office-only"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids              = var.private_subnet_ids
    endpoint_private_access = true
    # ok: tf-aws-eks-public-endpoint
    endpoint_public_access  = true
    public_access_cidrs     = ["203.0.113.0/24"]
  }
}

resource "aws_eks_cluster" "configurable" {
  name     = "configurable"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids             = var.subnet_ids
    # ok: tf-aws-eks-public-endpoint
    endpoint_public_access = var.public_endpoint
    public_access_cidrs    = var.admin_cidrs
  }
}
