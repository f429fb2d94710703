resource "aws_ecr_repository" "api" {
  name                 = "api"
  # ruleid: tf-aws-ecr-mutable-tags
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}

# ruleid: tf-aws-ecr-mutable-tags
resource "aws_ecr_repository" "worker" {
  name = "worker"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "web" {
  name                 = "web"
  # ok: tf-aws-ecr-mutable-tags
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "configurable" {
  name                 = var.repository_name
  # ok: tf-aws-ecr-mutable-tags
  image_tag_mutability = var.tag_mutability
}
