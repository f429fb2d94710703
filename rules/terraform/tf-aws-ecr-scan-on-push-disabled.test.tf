resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    # ruleid: tf-aws-ecr-scan-on-push-disabled
    scan_on_push = false
  }
}

# ruleid: tf-aws-ecr-scan-on-push-disabled
resource "aws_ecr_repository" "worker" {
  name                 = "worker"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "web" {
  name                 = "web"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    # ok: tf-aws-ecr-scan-on-push-disabled
    scan_on_push = true
  }

  encryption_configuration {
    encryption_type = "KMS"
  }
}

resource "aws_ecr_repository" "configurable" {
  name = var.repository_name

  image_scanning_configuration {
    # ok: tf-aws-ecr-scan-on-push-disabled
    scan_on_push = var.scan_on_push
  }
}
